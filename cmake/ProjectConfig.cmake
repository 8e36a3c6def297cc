# One INTERFACE target carries the language standard, warnings and Qt hygiene defines.
add_library(ogs_config INTERFACE)
target_compile_features(ogs_config INTERFACE cxx_std_17)
target_compile_definitions(ogs_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    OGS_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(ogs_config INTERFACE /W4 /permissive- /utf-8)
    if(OGS_WERROR)
        target_compile_options(ogs_config INTERFACE /WX)
    endif()
else()
    target_compile_options(ogs_config INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(OGS_WERROR)
        target_compile_options(ogs_config INTERFACE -Werror)
    endif()
endif()
if(OGS_SANITIZE)
    target_compile_options(ogs_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ogs_config INTERFACE -fsanitize=address,undefined)
endif()
if(OGS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "OGS_FUZZ needs clang++ (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(ogs_config INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
    target_link_options(ogs_config INTERFACE -fsanitize=address,undefined)
endif()
