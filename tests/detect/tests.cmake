# Detection tests: one executable per class.
ogs_add_test(tst_amdpcitable SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_amdpcitable.cpp)
ogs_add_test(tst_dxgiconvert SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dxgiconvert.cpp)
ogs_add_test(tst_gpumerger SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gpumerger.cpp)
ogs_add_test(tst_nvmlsource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_nvmlsource.cpp)
ogs_add_test(tst_platformprobe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_platformprobe.cpp)
ogs_add_test(tst_sysfsgpusource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sysfsgpusource.cpp)
ogs_add_test(tst_sysfsreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sysfsreader.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/fakenvml/fakenvml.cmake)
