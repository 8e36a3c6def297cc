target_sources(ogs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/budgetjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/budgetjson.h
    ${CMAKE_CURRENT_LIST_DIR}/modelarch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelarch.h
    ${CMAKE_CURRENT_LIST_DIR}/modelcatalogue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelcatalogue.h
    ${CMAKE_CURRENT_LIST_DIR}/modelinfosource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelinfosource.h
    ${CMAKE_CURRENT_LIST_DIR}/ollamashowclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ollamashowclient.h
    ${CMAKE_CURRENT_LIST_DIR}/sizeparse.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sizeparse.h
    ${CMAKE_CURRENT_LIST_DIR}/variantchoice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/variantchoice.h
    ${CMAKE_CURRENT_LIST_DIR}/vrambudget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vrambudget.h
)
