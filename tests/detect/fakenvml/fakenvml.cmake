# Fake NVML libraries for tst_nvmlsource: real shared objects NvmlSource loads by path.
if(NOT WIN32)
    enable_language(C)
    foreach(variant fakenvml fakenvml_old)
        add_library(${variant} SHARED ${CMAKE_CURRENT_LIST_DIR}/fakenvml.c)
        set_target_properties(${variant} PROPERTIES C_STANDARD 11 C_VISIBILITY_PRESET hidden AUTOMOC OFF)
        target_compile_options(${variant} PRIVATE -Wall -Wextra -Werror)
    endforeach()
    target_compile_definitions(fakenvml_old PRIVATE FAKE_NVML_OLD)
    add_dependencies(tst_nvmlsource fakenvml fakenvml_old ollama-gpu-setup)
    target_compile_definitions(tst_nvmlsource PRIVATE
        OGS_FAKE_NVML="$<TARGET_FILE:fakenvml>"
        OGS_FAKE_NVML_OLD="$<TARGET_FILE:fakenvml_old>")
endif()
