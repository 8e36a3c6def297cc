ogs_add_test(tst_compattable SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_compattable.cpp)
ogs_add_test(tst_ollamaversion SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ollamaversion.cpp)
ogs_add_test(tst_ollamainstall SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ollamainstall.cpp)
ogs_add_test(tst_recommender SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_recommender.cpp)
ogs_add_test(tst_compatdoc SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_compatdoc.cpp)
target_compile_definitions(tst_compatdoc PRIVATE OGS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# docs/COMPATIBILITY.md is generated from resources/data/ollama-compat.json and path-rules.json.
qt_add_executable(ogs-gen-compat-doc ${CMAKE_CURRENT_LIST_DIR}/gencompatdoc.cpp)
target_link_libraries(ogs-gen-compat-doc PRIVATE ogs_core)
add_custom_target(update-compatibility-doc
    COMMAND ogs-gen-compat-doc ${PROJECT_SOURCE_DIR}/docs/COMPATIBILITY.md
    DEPENDS ogs-gen-compat-doc
    COMMENT "Writing docs/COMPATIBILITY.md"
    VERBATIM)
ogs_add_test(tst_recommendcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_recommendcli.cpp)
add_dependencies(tst_recommendcli ollama-gpu-setup)
if(OGS_SANITIZE)
    # Starts the CLI, whose detection creates a Vulkan instance: lavapipe leaks (tests/detect/tests.cmake).
    set_property(TEST tst_recommendcli APPEND PROPERTY ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
ogs_add_test(tst_pathrulestext SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pathrulestext.cpp)
