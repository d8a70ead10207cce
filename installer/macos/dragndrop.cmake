# macOS: a disk image with "SMS OTP Console.app" and a link to /Applications, built by CPack's DragNDrop
# generator. `cmake --build . && cpack -G DragNDrop` in a build folder configured with Qt 6.4 for macOS.
# Not built on this project's Linux machines: see README "Installing".
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "SMS OTP Console")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_SOURCE_DIR}/macos/smsotp-console.icns")
set(CPACK_BUNDLE_NAME "SMS OTP Console")
set(CPACK_PACKAGE_FILE_NAME "smsotp-console-${PROJECT_VERSION}-macos")
# The .app is installed at the top of the image (BUNDLE DESTINATION . in app/CMakeLists.txt); CPack adds the
# Applications link when CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK is off (the default).
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)
