# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS: `cmake --install` makes a self-contained folder (Qt's deployment API
# copies Qt, its plugins and translations beside the executable or into the bundle), and
# CPack wraps it in an NSIS installer or a .dmg. Written and reviewed on Linux, built by
# .github/workflows/installers.yml on hosted Windows and macOS runners.

# Qt's deploy tools (windeployqt, macdeployqt) copy the Qt libraries and the plugins of the
# modules the executable links (the SQL drivers with Qt Sql, the SVG icon engine with Qt
# Svg). macdeployqt also copies every other library the bundle links (KDE Frameworks and
# PIM, QtKeychain, libsodium, yaml-cpp, Cyrus SASL, libpq) found in CMAKE_PREFIX_PATH.
qt_generate_deploy_app_script(
    TARGET casebook
    OUTPUT_SCRIPT casebook_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${casebook_deploy_script})

if(WIN32)
    # windeployqt copies Qt's own DLLs only. The rest are found by CMake's walk of the
    # executable's imports through the prefixes' bin folders (KDE Craft's, and where the
    # workflow built yaml-cpp and libstemmer); Windows' own and Qt's are left out.
    set(casebook_dll_folders)
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND casebook_dll_folders "${prefix}/bin")
    endforeach()
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:casebook>\"
            DIRECTORIES ${casebook_dll_folders}
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
            POST_EXCLUDE_REGEXES \".*[/\\\\][Ss]ystem32[/\\\\].*\"
            RESOLVED_DEPENDENCIES_VAR casebook_dlls
            UNRESOLVED_DEPENDENCIES_VAR casebook_missing)
        if(casebook_missing)
            message(WARNING \"DLLs not found for the installer: \${casebook_missing}\")
        endif()
        file(INSTALL \${casebook_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")")
    # KNotification reads the reminders' event from the data folder Qt finds beside the
    # executable (KDE Craft's Qt looks in bin/data).
    install(FILES casebook.notifyrc DESTINATION ${CMAKE_INSTALL_BINDIR}/data/knotifications6)
endif()

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
    # KNotification reads the reminders' event from the bundle's Resources (KDE Craft's Qt
    # adds it to the generic data folders).
    install(FILES casebook.notifyrc DESTINATION casebook.app/Contents/Resources/knotifications6)
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
