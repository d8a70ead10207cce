# Windows: an .msi built by CPack's WiX generator (WiX Toolset 3.x on PATH, candle.exe and light.exe).
# `cmake --build . && cpack -G WIX` in a build folder configured with the MSVC or MinGW Qt 6.4 kit.
# Not built on this project's Linux machines: see README "Installing".
set(CPACK_GENERATOR "WIX")
# Fixed for the life of the product: it lets a newer .msi replace an older one. Never change it.
set(CPACK_WIX_UPGRADE_GUID "0C043A9E-046D-42C2-8116-373B6FE93448")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/smsotp-console.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "SMS OTP Console")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
# The license page shows LICENSE.txt (CPACK_RESOURCE_FILE_LICENSE, converted to RTF by CPack).
# A Start-menu shortcut "SMS OTP Console" (CPACK_PACKAGE_EXECUTABLES) and one on the desktop.
set(CPACK_CREATE_DESKTOP_LINKS "smsotp-console")
# The installer adds its bin folder to the system PATH, so `smsotp` works in a new terminal.
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_SOURCE_DIR}/windows/wix-patch.xml")
set(CPACK_PACKAGE_FILE_NAME "smsotp-console-${PROJECT_VERSION}-win64")

# windeployqt (app/CMakeLists.txt, SMSOTP_DEPLOY_SCRIPT) copies Qt's DLLs and plugins only. The other DLLs the
# programs load (QtKeychain, libphonenumber with protobuf, ICU and abseil, the compiler's run-time) are found
# on PATH at install time and copied next to the programs. This runs after app/'s install rules.
install(CODE [[
    set(bin "${CMAKE_INSTALL_PREFIX}/bin")
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "${bin}/smsotp-console.exe" "${bin}/smsotp.exe"
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]"
        DIRECTORIES $ENV{PATH})
    foreach(dll IN LISTS resolved)
        get_filename_component(dir "${dll}" DIRECTORY)
        if(NOT dir STREQUAL bin)
            file(INSTALL "${dll}" DESTINATION "${bin}")
        endif()
    endforeach()
    if(unresolved)
        message(WARNING "DLLs not found on PATH, not in the installer: ${unresolved}")
    endif()
]])
