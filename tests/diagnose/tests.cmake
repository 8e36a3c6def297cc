ogs_add_test(tst_ollamalog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ollamalog.cpp)
ogs_add_test(tst_findings SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_findings.cpp)
ogs_add_test(tst_loglocator SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_loglocator.cpp)
ogs_add_test(tst_logexcerpt SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_logexcerpt.cpp)
