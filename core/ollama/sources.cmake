target_sources(ogs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ndjsonsplitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ndjsonsplitter.h
    ${CMAKE_CURRENT_LIST_DIR}/ollamaclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ollamaclient.h
    ${CMAKE_CURRENT_LIST_DIR}/ollamaerror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ollamaerror.h
    ${CMAKE_CURRENT_LIST_DIR}/ollamahost.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ollamahost.h
    ${CMAKE_CURRENT_LIST_DIR}/ollamatypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ollamatypes.h
    ${CMAKE_CURRENT_LIST_DIR}/psformat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/psformat.h
)
