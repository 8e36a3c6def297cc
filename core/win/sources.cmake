# win: the Qt-free Windows layer (plain C++17, Win32/DXGI only). Built into ogs_core on Windows;
# tests/win/CMakeLists.txt includes this file on its own to cross-build and run it under Wine.
set(OGS_WIN_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/adaptermemory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/adaptermemory.h
    ${CMAKE_CURRENT_LIST_DIR}/adapterregistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/adapterregistry.h
    ${CMAKE_CURRENT_LIST_DIR}/dxgiadapters.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dxgiadapters.h
    ${CMAKE_CURRENT_LIST_DIR}/errortext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/errortext.h
    ${CMAKE_CURRENT_LIST_DIR}/registry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/registry.h
    ${CMAKE_CURRENT_LIST_DIR}/textconv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textconv.h
)
set(OGS_WIN_LIBS dxgi advapi32)
if(WIN32 AND TARGET ogs_core)
    target_sources(ogs_core PRIVATE ${OGS_WIN_SOURCES})
    target_link_libraries(ogs_core PRIVATE ${OGS_WIN_LIBS})
endif()
