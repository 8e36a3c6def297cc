ogs_add_test(tst_envkeys SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envkeys.cpp)
ogs_add_test(tst_envinjection SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envinjection.cpp)
ogs_add_test(tst_envproperty SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envproperty.cpp)
ogs_add_test(tst_envjournal SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envjournal.cpp)
ogs_add_test(tst_servicerestart SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_servicerestart.cpp)
ogs_add_test(tst_windowsapprestart SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_windowsapprestart.cpp)
qt_add_executable(envapplyhelper ${CMAKE_CURRENT_LIST_DIR}/envapplyhelper.cpp)
target_link_libraries(envapplyhelper PRIVATE ogs_core)
ogs_add_test(tst_envcrash SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envcrash.cpp)
target_compile_definitions(tst_envcrash PRIVATE OGS_ENV_APPLY_HELPER="$<TARGET_FILE:envapplyhelper>")
add_dependencies(tst_envcrash envapplyhelper)
ogs_add_test(tst_envappsettings SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envappsettings.cpp)
ogs_add_test(tst_envhelper SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envhelper.cpp)
ogs_add_test(tst_envsupport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_envsupport.cpp)

# The environment part of the Qt-free Windows layer (core/win/registry*, broadcast*, process*).
# On Windows it runs directly; on Linux it is cross-built with MinGW-w64 and run under Wine by
# scripts/test-windows-env.sh, which reports "SKIPPED" (ctest: skipped) without those tools.
if(WIN32)
    add_executable(test_registry ${PROJECT_SOURCE_DIR}/tests/win/test_registry.cpp)
    set_target_properties(test_registry PROPERTIES AUTOMOC OFF)
    target_link_libraries(test_registry PRIVATE ogs_core)
    add_test(NAME test_registry COMMAND test_registry)
elseif(CMAKE_HOST_UNIX)
    add_test(NAME test_registry_wine
        COMMAND ${PROJECT_SOURCE_DIR}/scripts/test-windows-env.sh ${CMAKE_BINARY_DIR}/win-env)
    set_tests_properties(test_registry_wine PROPERTIES
        SKIP_REGULAR_EXPRESSION "SKIPPED, not installed"
        TIMEOUT 300)
endif()
# /etc/environment read back by pam_env's rules and by the real module (libpam loaded with dlopen).
ogs_add_test(tst_pamenv SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pamenv.cpp ${CMAKE_CURRENT_LIST_DIR}/pamenvreader.h LIBS ${CMAKE_DL_LIBS})
