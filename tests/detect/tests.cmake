ogs_add_test(tst_vulkanfields SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vulkanfields.cpp)
ogs_add_test(tst_vulkansource SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vulkansource.cpp ${CMAKE_CURRENT_LIST_DIR}/lavapipe.h)
# A scripted Vulkan loader (tst_vulkansource opens it instead of libvulkan).
add_library(ogs_fake_vulkan MODULE ${CMAKE_CURRENT_LIST_DIR}/fakevulkan/fakevulkanloader.cpp)
target_link_libraries(ogs_fake_vulkan PRIVATE ogs_config)
target_include_directories(ogs_fake_vulkan SYSTEM PRIVATE ${OGS_VULKAN_INCLUDE_DIR})
add_dependencies(tst_vulkansource ogs_fake_vulkan)
target_compile_definitions(tst_vulkansource PRIVATE OGS_FAKE_VULKAN="$<TARGET_FILE:ogs_fake_vulkan>")
ogs_add_test(tst_detect_vulkan_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_detect_vulkan_cli.cpp ${CMAKE_CURRENT_LIST_DIR}/lavapipe.h)
if(OGS_SANITIZE)
    # Mesa's lavapipe leaks 128 bytes per VkInstance from inside the driver, which the loader has
    # unloaded by exit, so LeakSanitizer cannot name (or suppress) the module. ASan/UBSan stay on.
    foreach(t tst_vulkansource tst_detect_vulkan_cli)
        set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
    endforeach()
endif()
