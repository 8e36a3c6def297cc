target_sources(ogs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gpumonitorpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gpumonitorpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/loadedmodelspanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loadedmodelspanel.h
    ${CMAKE_CURRENT_LIST_DIR}/monitorsession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/monitorsession.h
    ${CMAKE_CURRENT_LIST_DIR}/monitorwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/monitorwindow.h
)
