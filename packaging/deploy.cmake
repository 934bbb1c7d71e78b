# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS: `cmake --install` makes a self-contained folder (Qt's deployment API
# copies Qt, its plugins and translations beside the executable or into the bundle), and
# CPack wraps it in an NSIS installer or a .dmg. Written and reviewed on Linux, built by
# .github/workflows/installers.yml on hosted Windows and macOS runners.

# Qt's deploy tools (windeployqt, macdeployqt) copy the Qt libraries and the plugins of the
# modules the executable links (the SQL drivers with Qt Sql, the SVG icon engine with Qt
# Svg) and the other libraries it links (libsodium, yaml-cpp, QtKeychain, KF6) found in
# CMAKE_PREFIX_PATH.
qt_generate_deploy_app_script(
    TARGET casebook
    OUTPUT_SCRIPT casebook_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${casebook_deploy_script})

if(APPLE)
    # The bundle: Info.plist with the application id and the casebook:// scheme (R44), and
    # the icon made from the same SVG as on Linux (rsvg-convert and iconutil on the runner).
    set_target_properties(casebook PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_ICON_FILE Casebook.icns)
    find_program(RSVG_CONVERT rsvg-convert)
    find_program(ICONUTIL iconutil)
    if(RSVG_CONVERT AND ICONUTIL)
        set(iconset ${CMAKE_CURRENT_BINARY_DIR}/Casebook.iconset)
        set(icns ${CMAKE_CURRENT_BINARY_DIR}/Casebook.icns)
        set(commands)
        foreach(size 16 32 128 256 512)
            math(EXPR double "${size} * 2")
            list(APPEND commands
                COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${iconset}/icon_${size}x${size}.png
                        ${CMAKE_CURRENT_SOURCE_DIR}/${CASEBOOK_APP_ID}.svg
                COMMAND ${RSVG_CONVERT} -w ${double} -h ${double} -o ${iconset}/icon_${size}x${size}@2x.png
                        ${CMAKE_CURRENT_SOURCE_DIR}/${CASEBOOK_APP_ID}.svg)
        endforeach()
        add_custom_command(OUTPUT ${icns}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
            ${commands}
            COMMAND ${ICONUTIL} -c icns -o ${icns} ${iconset}
            DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${CASEBOOK_APP_ID}.svg)
        target_sources(casebook PRIVATE ${icns})
        set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    else()
        message(WARNING "rsvg-convert or iconutil missing: the bundle has no icon")
    endif()
    set(CPACK_DMG_VOLUME_NAME Casebook)
    set(CPACK_DMG_FORMAT UDZO)
endif()

if(WIN32)
    set(CPACK_NSIS_DISPLAY_NAME Casebook)
    set(CPACK_NSIS_PACKAGE_NAME Casebook)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\casebook.exe")
    set(CPACK_PACKAGE_EXECUTABLES casebook Casebook)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN casebook.exe)
    # R44: casebook:// links open the installed Casebook (the running one takes them over
    # through LinkForwarder). Per machine, removed again on uninstall.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
        WriteRegStr HKCR "casebook" "" "URL:Casebook ticket link"
        WriteRegStr HKCR "casebook" "URL Protocol" ""
        WriteRegStr HKCR "casebook\DefaultIcon" "" "$INSTDIR\bin\casebook.exe,0"
        WriteRegStr HKCR "casebook\shell\open\command" "" '"$INSTDIR\bin\casebook.exe" "%1"'
    ]=])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
        DeleteRegKey HKCR "casebook"
    ]=])
endif()
