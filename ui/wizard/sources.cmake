target_sources(ogs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/scanpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scanpage.h
    ${CMAKE_CURRENT_LIST_DIR}/setupsession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/setupsession.h
    ${CMAKE_CURRENT_LIST_DIR}/setupwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/setupwizard.h
    ${CMAKE_CURRENT_LIST_DIR}/welcomepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/welcomepage.h
)
