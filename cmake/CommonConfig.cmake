# Compile settings shared by every MotCua target (qBittorrent's INTERFACE-target pattern).
add_library(motcua_common_cfg INTERFACE)
target_compile_features(motcua_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(motcua_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(motcua_common_cfg INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        $<$<BOOL:${MOTCUA_WERROR}>:-Werror>)
elseif(MSVC)
    target_compile_options(motcua_common_cfg INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus
        $<$<BOOL:${MOTCUA_WERROR}>:/WX>)
endif()
