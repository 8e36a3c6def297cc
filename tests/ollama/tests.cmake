ogs_add_test(tst_ollamahost SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ollamahost.cpp)
ogs_add_test(tst_ndjsonsplitter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ndjsonsplitter.cpp)
ogs_add_test(tst_psformat SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_psformat.cpp)
ogs_add_test(tst_ollamaclient SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ollamaclient.cpp LIBS ogs_test_support)
