target_sources(ogs_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/amdpcitable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/amdpcitable.h
    ${CMAKE_CURRENT_LIST_DIR}/detectionjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/detectionjson.h
    ${CMAKE_CURRENT_LIST_DIR}/gpudetector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gpudetector.h
    ${CMAKE_CURRENT_LIST_DIR}/gpuinfo.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gpuinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/gpumerger.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gpumerger.h
    ${CMAKE_CURRENT_LIST_DIR}/gpusource.h
    ${CMAKE_CURRENT_LIST_DIR}/nvmlabi.h
    ${CMAKE_CURRENT_LIST_DIR}/nvmlloader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nvmlloader.h
    ${CMAKE_CURRENT_LIST_DIR}/nvmlsource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nvmlsource.h
    ${CMAKE_CURRENT_LIST_DIR}/platformprobe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/platformprobe.h
    ${CMAKE_CURRENT_LIST_DIR}/detectoptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/detectoptions.h
    ${CMAKE_CURRENT_LIST_DIR}/dxgiconvert.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dxgiconvert.h
    ${CMAKE_CURRENT_LIST_DIR}/sysfsgpusource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sysfsgpusource.h
    ${CMAKE_CURRENT_LIST_DIR}/sysfsreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sysfsreader.h
    ${CMAKE_CURRENT_LIST_DIR}/vulkanfields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vulkanfields.h
    ${CMAKE_CURRENT_LIST_DIR}/vulkansource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vulkansource.h
)
if(WIN32)
    target_sources(ogs_core PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/dxgisource.cpp
        ${CMAKE_CURRENT_LIST_DIR}/dxgisource.h
    )
endif()

# Vulkan headers only: the loader is opened at run time (VulkanSource), never linked.
find_path(OGS_VULKAN_INCLUDE_DIR vulkan/vulkan_core.h HINTS "$ENV{VULKAN_SDK}/include" "$ENV{VULKAN_SDK}/Include")
if(NOT OGS_VULKAN_INCLUDE_DIR)
    message(FATAL_ERROR "Vulkan headers (vulkan/vulkan_core.h) not found: install libvulkan-dev (Debian/Ubuntu), "
                        "vulkan-headers, or the Vulkan SDK (set VULKAN_SDK)")
endif()
target_include_directories(ogs_core SYSTEM PRIVATE ${OGS_VULKAN_INCLUDE_DIR})
