# Detection tests: one executable per class.
ogs_add_test(tst_dxgiconvert SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dxgiconvert.cpp)
ogs_add_test(tst_nvmlsource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_nvmlsource.cpp)
ogs_add_test(tst_platformprobe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_platformprobe.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/fakenvml/fakenvml.cmake)
