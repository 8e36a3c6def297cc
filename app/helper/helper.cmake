# The privileged helper for `env` (systemd drop-in, /etc/environment), started through pkexec.
# The polkit policy names its installed path: /usr/libexec/ollama-gpu-setup/.
qt_add_executable(ollama-gpu-setup-env-helper ${CMAKE_CURRENT_LIST_DIR}/envhelpermain.cpp)
target_link_libraries(ollama-gpu-setup-env-helper PRIVATE ogs_core)
if(UNIX AND NOT APPLE)
    install(TARGETS ollama-gpu-setup-env-helper RUNTIME DESTINATION libexec/ollama-gpu-setup)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/polkit/io.github.ollama_gpu_setup.env-helper.policy
            DESTINATION share/polkit-1/actions)
endif()
