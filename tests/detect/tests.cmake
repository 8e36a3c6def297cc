ogs_add_test(tst_vulkanfields SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vulkanfields.cpp)
ogs_add_test(tst_vulkansource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vulkansource.cpp ${CMAKE_CURRENT_LIST_DIR}/lavapipe.h)
ogs_add_test(tst_detect_vulkan_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_detect_vulkan_cli.cpp ${CMAKE_CURRENT_LIST_DIR}/lavapipe.h)
