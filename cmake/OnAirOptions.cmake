# One INTERFACE target carries the language standard, warnings and Qt hygiene macros.
# Every OnAir target links it.
add_library(onair_options INTERFACE)
target_compile_features(onair_options INTERFACE cxx_std_20)
target_compile_options(onair_options INTERFACE -Wall -Wextra)
target_compile_definitions(onair_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# onair_precompile(TARGET core|widgets|test): the target's precompiled header (cmake/pch/).
function(onair_precompile target kind)
    target_precompile_headers(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/${kind}.h)
endfunction()

if(ONAIR_ASAN)
    target_compile_options(onair_options INTERFACE -fsanitize=address -fno-omit-frame-pointer)
    target_link_options(onair_options INTERFACE -fsanitize=address)
endif()
if(ONAIR_UBSAN)
    # GCC's "undefined" leaves out float-cast-overflow (out-of-range double → integer).
    target_compile_options(onair_options INTERFACE
        -fsanitize=undefined,float-cast-overflow -fno-sanitize-recover=undefined,float-cast-overflow)
    target_link_options(onair_options INTERFACE -fsanitize=undefined,float-cast-overflow)
endif()
if(ONAIR_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ONAIR_FUZZ needs clang (use the fuzz preset)")
    endif()
    # Coverage instrumentation everywhere; the fuzz executables add -fsanitize=fuzzer (main).
    target_compile_options(onair_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_link_options(onair_options INTERFACE -fsanitize=address,undefined)
endif()
