# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix).
# Used by scripts/test-windows-layer.sh: cmake -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(OGS_MINGW_PREFIX x86_64-w64-mingw32)

# The -posix variants give std::thread and std::mutex; the -win32 ones do not.
find_program(CMAKE_C_COMPILER NAMES ${OGS_MINGW_PREFIX}-gcc-posix ${OGS_MINGW_PREFIX}-gcc REQUIRED)
find_program(CMAKE_CXX_COMPILER NAMES ${OGS_MINGW_PREFIX}-g++-posix ${OGS_MINGW_PREFIX}-g++ REQUIRED)
find_program(CMAKE_RC_COMPILER NAMES ${OGS_MINGW_PREFIX}-windres)

set(CMAKE_FIND_ROOT_PATH /usr/${OGS_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
