target_sources(ogs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/homeview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/homeview.h
    ${CMAKE_CURRENT_LIST_DIR}/launcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/launcher.h
)
