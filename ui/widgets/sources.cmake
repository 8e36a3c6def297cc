target_sources(ogs_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/budgetbar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/budgetbar.h
    ${CMAKE_CURRENT_LIST_DIR}/connectiontester.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connectiontester.h
    ${CMAKE_CURRENT_LIST_DIR}/diffview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diffview.h
    ${CMAKE_CURRENT_LIST_DIR}/ollamainstallpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ollamainstallpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/pathcomparisontable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pathcomparisontable.h
    ${CMAKE_CURRENT_LIST_DIR}/pathdetailsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pathdetailsview.h
    ${CMAKE_CURRENT_LIST_DIR}/pathtext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pathtext.h
)
