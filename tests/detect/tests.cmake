ogs_add_test(tst_amdpcitable SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_amdpcitable.cpp)
ogs_add_test(tst_gpumerger SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gpumerger.cpp)
ogs_add_test(tst_sysfsgpusource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sysfsgpusource.cpp)
ogs_add_test(tst_sysfsreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sysfsreader.cpp)
