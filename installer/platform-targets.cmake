# What the programs need to be proper desktop applications on Windows and macOS: included from app/CMakeLists.txt
# right after the targets are created (the install rules there read MACOSX_BUNDLE). Nothing happens on Linux,
# where resources/ installs the desktop entry, metainfo and icons.
# Not built on this project's Linux machines: see README "Installing".
if(WIN32)
    # A GUI program (no console window), with the icon and version information in the .exe.
    set_target_properties(smsotp-console PROPERTIES WIN32_EXECUTABLE ON)
    set(SMSOTP_ICO "${PROJECT_SOURCE_DIR}/installer/windows/smsotp-console.ico")
    configure_file("${PROJECT_SOURCE_DIR}/installer/windows/smsotp-console.rc.in"
        "${CMAKE_CURRENT_BINARY_DIR}/smsotp-console.rc" @ONLY)
    target_sources(smsotp-console PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/smsotp-console.rc")
elseif(APPLE)
    # An application bundle "SMS OTP Console.app" with the icon; the CLI goes inside it (Contents/MacOS) and
    # finds the Qt frameworks that macdeployqt copies into Contents/Frameworks.
    set(icns "${PROJECT_SOURCE_DIR}/installer/macos/smsotp-console.icns")
    target_sources(smsotp-console PRIVATE "${icns}")
    set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(smsotp-console PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME "SMS OTP Console"
        MACOSX_BUNDLE_BUNDLE_NAME "SMS OTP Console"
        MACOSX_BUNDLE_GUI_IDENTIFIER "org.example.smsotp-console"
        MACOSX_BUNDLE_ICON_FILE "smsotp-console.icns"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The SMS OTP Console developers. MIT License."
        MACOSX_BUNDLE_INFO_STRING "${PROJECT_DESCRIPTION}")
    set(SMSOTP_CLI_INSTALL_DIR "SMS OTP Console.app/Contents/MacOS")
    set(CMAKE_INSTALL_RPATH "@executable_path/../Frameworks") # for smsotp, created after this include
endif()
if(WIN32 OR APPLE)
    # Qt's libraries and plugins (platform, SQLite driver, SVG icon engine, TLS backends) copied next to the
    # program by windeployqt / macdeployqt at install time, so the .msi and .dmg are self-contained.
    # Qt 6.4 spells the output argument FILENAME_VARIABLE (OUTPUT_SCRIPT from 6.5 on).
    qt_generate_deploy_app_script(TARGET smsotp-console FILENAME_VARIABLE smsotp_deploy_script)
    set(SMSOTP_DEPLOY_SCRIPT "${smsotp_deploy_script}")
endif()
if(NOT SMSOTP_CLI_INSTALL_DIR)
    set(SMSOTP_CLI_INSTALL_DIR bin)
endif()
