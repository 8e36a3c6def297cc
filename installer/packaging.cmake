# Installation layout and CPack packages. The version comes from project(VERSION) only.
include(GNUInstallDirs)

set(OGS_APP_ID "io.github.ollamagpusetup.OllamaGpuSetup")
configure_file(${PROJECT_SOURCE_DIR}/resources/linux/${OGS_APP_ID}.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/${OGS_APP_ID}.metainfo.xml @ONLY)

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${OGS_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_BINARY_DIR}/${OGS_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/ollama-gpu-setup.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/ollama-gpu-setup-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ollama-gpu-setup.png)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ollama-gpu-setup RENAME copyright)
endif()

set(CPACK_PACKAGE_NAME "ollama-gpu-setup")
set(CPACK_PACKAGE_VENDOR "The ollama-gpu-setup developers")
set(CPACK_PACKAGE_CONTACT "ollama-gpu-setup developers <ollama-gpu-setup@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ollama-gpu-setup")

# Debian: the Qt libraries come from dpkg-shlibdeps; what is only loaded at run time is named.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libvulkan1, qt6-qpa-plugins, pkexec | policykit-1")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "mesa-vulkan-drivers")
# CPack puts the summary first; this is the long description below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Detects every GPU (gfx target, VRAM, driver), recommends ROCm, Vulkan,\n CUDA or the ollama-for-amd build, applies the environment where it takes\n effect with a preview and undo, and proves the result with a live test.")
set(CPACK_GENERATOR "TGZ")
if(UNIX AND NOT APPLE)
    list(APPEND CPACK_GENERATOR "DEB")
endif()
if(WIN32)
    set(OGS_NSIS_EXE "ollama-gpu-setup.exe")
    set(CPACK_GENERATOR "NSIS")
    include(${CMAKE_CURRENT_LIST_DIR}/windows/nsis.cmake)
endif()
include(CPack)
