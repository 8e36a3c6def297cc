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
    ${CMAKE_CURRENT_LIST_DIR}/gpucounters.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gpucounters.h
    ${CMAKE_CURRENT_LIST_DIR}/registry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/registry.h
    ${CMAKE_CURRENT_LIST_DIR}/textconv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textconv.h
)
# Plain C++ without <windows.h> (the GPU counter instance names): built on every platform, so
# their tests also run natively.
set(OGS_WIN_PORTABLE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/gpucounterinstances.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gpucounterinstances.h
)
list(APPEND OGS_WIN_SOURCES ${OGS_WIN_PORTABLE_SOURCES})
set(OGS_WIN_LIBS dxgi advapi32 pdh)
if(WIN32 AND TARGET ogs_core)
    target_sources(ogs_core PRIVATE ${OGS_WIN_SOURCES})
    target_link_libraries(ogs_core PRIVATE ${OGS_WIN_LIBS})
elseif(TARGET ogs_core)
    target_sources(ogs_core PRIVATE ${OGS_WIN_PORTABLE_SOURCES})
endif()
