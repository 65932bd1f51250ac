# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
#
# Packaging: what `cmake --install` puts beside the binary so that the desktop knows Continuity
# (desktop entry, AppStream metadata, file type, icons, manual page, templates, documentation),
# and the CPack settings for a Debian package (DEB), a Windows installer (NSIS) and a macOS disk
# image holding the app bundle (DragNDrop). packaging/README.md explains how to build each.
# Included from the top-level CMakeLists.txt after app/, so the `continuity` target exists.

set(CONTINUITY_APP_ID "io.continuity.Continuity")
set(CONTINUITY_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(CONTINUITY_PACKAGING_OUT "${PROJECT_BINARY_DIR}/packaging")
set(CONTINUITY_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/continuity.svg")
# The hicolor sizes desktops look for; every one is rendered from the SVG.
set(CONTINUITY_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(CONTINUITY_MIME_TYPE "application/x-continuity-design")
set(CONTINUITY_MIME_ICON "application-x-continuity-design")

# Directories in the packages are world-readable whatever the umask of the machine that builds.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- Icons ---------------------------------------------------------------------------------------
# A build-time tool renders the SVG, so the raster icons never drift from it and no converter
# beyond Qt is needed.
add_executable(continuity_iconrender "${CONTINUITY_PACKAGING_DIR}/iconrender.cpp")
target_link_libraries(continuity_iconrender PRIVATE Qt6::Gui Qt6::Svg continuity_warnings)
set_target_properties(continuity_iconrender PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY "${CONTINUITY_PACKAGING_OUT}"
    MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
if(CONTINUITY_SANITIZE)
    # A tool that runs during the build: the sanitizers would report Qt's allocations left at
    # exit and fail the build, and they check nothing users run.
    set_target_properties(continuity_iconrender PROPERTIES COMPILE_OPTIONS "" LINK_OPTIONS "")
endif()

set(_continuity_icon_outputs "")
set(_continuity_icon_commands "")
foreach(size IN LISTS CONTINUITY_ICON_SIZES)
    set(dir "${CONTINUITY_PACKAGING_OUT}/icons/${size}x${size}")
    list(APPEND _continuity_icon_outputs "${dir}/continuity.png")
    list(APPEND _continuity_icon_commands
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${dir}"
        COMMAND continuity_iconrender "${CONTINUITY_ICON_SVG}" "${dir}/continuity.png" ${size})
endforeach()
set(CONTINUITY_ICON_ICO "${CONTINUITY_PACKAGING_OUT}/icons/continuity.ico")
set(CONTINUITY_ICON_ICNS "${CONTINUITY_PACKAGING_OUT}/icons/continuity.icns")
list(APPEND _continuity_icon_outputs "${CONTINUITY_ICON_ICO}" "${CONTINUITY_ICON_ICNS}")
add_custom_command(
    OUTPUT ${_continuity_icon_outputs}
    ${_continuity_icon_commands}
    COMMAND continuity_iconrender "${CONTINUITY_ICON_SVG}" "${CONTINUITY_ICON_ICO}"
            16 24 32 48 64 256
    COMMAND continuity_iconrender "${CONTINUITY_ICON_SVG}" "${CONTINUITY_ICON_ICNS}"
            16 32 64 128 256 512 1024
    DEPENDS "${CONTINUITY_ICON_SVG}" continuity_iconrender
    COMMENT "Rendering the application icon"
    VERBATIM)
add_custom_target(continuity_icons ALL DEPENDS ${_continuity_icon_outputs})

# --- Licence text (Debian's copyright file, the Windows installer's licence page) ---------------
set(_continuity_mit [=[
Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.]=])
set(CONTINUITY_LICENSE_FILE "${CONTINUITY_PACKAGING_OUT}/LICENSE.txt")
file(WRITE "${CONTINUITY_LICENSE_FILE}"
     "MIT License\n\nCopyright (c) 2026 Continuity contributors\n\n${_continuity_mit}\n")
# The Debian copyright file: machine-readable format, the licence text indented as it requires.
string(REGEX REPLACE "\n\n" "\n.\n" _continuity_mit_deb "${_continuity_mit}")
string(REGEX REPLACE "\n" "\n " _continuity_mit_deb "${_continuity_mit_deb}")
file(WRITE "${CONTINUITY_PACKAGING_OUT}/copyright"
     "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
     "Upstream-Name: Continuity\n"
     "Source: ${PROJECT_HOMEPAGE_URL}\n\n"
     "Files: *\n"
     "Copyright: 2026 Continuity contributors\n"
     "License: MIT\n ${_continuity_mit_deb}\n")

# --- Linux and other freedesktop systems --------------------------------------------------------
if(UNIX AND NOT APPLE)
    # Installed into the system, the binary finds its libraries in the system's directories: no
    # search path relative to itself (qt_standard_project_setup() would add $ORIGIN/../lib).
    set_target_properties(continuity PROPERTIES INSTALL_RPATH "")

    # The manual page and the AppStream metadata carry the project's version and home page.
    configure_file("${CONTINUITY_PACKAGING_DIR}/continuity.1"
                   "${CONTINUITY_PACKAGING_OUT}/continuity.1" @ONLY)
    configure_file("${CONTINUITY_PACKAGING_DIR}/${CONTINUITY_APP_ID}.metainfo.xml"
                   "${CONTINUITY_PACKAGING_OUT}/${CONTINUITY_APP_ID}.metainfo.xml" @ONLY)

    # Debian installs manual pages compressed; -n leaves out the time stamp, for reproducible
    # packages.
    find_program(CONTINUITY_GZIP gzip)
    if(CONTINUITY_GZIP)
        add_custom_command(
            OUTPUT "${CONTINUITY_PACKAGING_OUT}/continuity.1.gz"
            COMMAND "${CONTINUITY_GZIP}" -9 -n -k -f "${CONTINUITY_PACKAGING_OUT}/continuity.1"
            DEPENDS "${CONTINUITY_PACKAGING_OUT}/continuity.1"
            COMMENT "Compressing the manual page"
            VERBATIM)
        add_custom_target(continuity_manpage ALL
                          DEPENDS "${CONTINUITY_PACKAGING_OUT}/continuity.1.gz")
        set(_continuity_manpage "${CONTINUITY_PACKAGING_OUT}/continuity.1.gz")
    else()
        set(_continuity_manpage "${CONTINUITY_PACKAGING_OUT}/continuity.1")
    endif()
    install(FILES "${_continuity_manpage}" DESTINATION share/man/man1)

    install(FILES "${CONTINUITY_PACKAGING_DIR}/${CONTINUITY_APP_ID}.desktop"
            DESTINATION share/applications)
    install(FILES "${CONTINUITY_PACKAGING_OUT}/${CONTINUITY_APP_ID}.metainfo.xml"
            DESTINATION share/metainfo)
    install(FILES "${CONTINUITY_PACKAGING_DIR}/continuity-mime.xml"
            DESTINATION share/mime/packages RENAME continuity.xml)

    # The application icon, and the same picture for design files in the file manager.
    foreach(size IN LISTS CONTINUITY_ICON_SIZES)
        set(png "${CONTINUITY_PACKAGING_OUT}/icons/${size}x${size}/continuity.png")
        install(FILES "${png}" DESTINATION share/icons/hicolor/${size}x${size}/apps)
        install(FILES "${png}" DESTINATION share/icons/hicolor/${size}x${size}/mimetypes
                RENAME ${CONTINUITY_MIME_ICON}.png)
    endforeach()
    install(FILES "${CONTINUITY_ICON_SVG}" DESTINATION share/icons/hicolor/scalable/apps)
    install(FILES "${CONTINUITY_ICON_SVG}" DESTINATION share/icons/hicolor/scalable/mimetypes
            RENAME ${CONTINUITY_MIME_ICON}.svg)

    install(FILES "${CONTINUITY_PACKAGING_OUT}/copyright" DESTINATION share/doc/continuity)
endif()

# --- Everywhere but inside a macOS bundle: templates and documentation ----------------------------
if(NOT APPLE)
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/templates/"
            DESTINATION share/continuity/templates
            FILES_MATCHING PATTERN "*.continuity.json")
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION share/doc/continuity)
    # Matched at install time, so pages added to docs/ later are packaged without a change here.
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION share/doc/continuity
            FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
endif()

# --- Windows and macOS: the Qt libraries and plugins travel with the application -----------------
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET continuity OUTPUT_SCRIPT _continuity_deploy
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET continuity FILENAME_VARIABLE _continuity_deploy
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${_continuity_deploy}")
endif()

if(WIN32)
    # The icon of continuity.exe in Explorer, the Start menu and the taskbar.
    file(WRITE "${CONTINUITY_PACKAGING_OUT}/continuity.rc"
         "IDI_ICON1 ICON \"${CONTINUITY_ICON_ICO}\"\n")
    target_sources(continuity PRIVATE "${CONTINUITY_PACKAGING_OUT}/continuity.rc")
    set_source_files_properties("${CONTINUITY_PACKAGING_OUT}/continuity.rc"
        TARGET_DIRECTORY continuity PROPERTIES OBJECT_DEPENDS "${CONTINUITY_ICON_ICO}")
    add_dependencies(continuity continuity_icons)
endif()

if(APPLE)
    # Continuity.app, with its icon, identity and the design files it opens.
    set_source_files_properties("${CONTINUITY_ICON_ICNS}" TARGET_DIRECTORY continuity
        PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    target_sources(continuity PRIVATE "${CONTINUITY_ICON_ICNS}")
    add_dependencies(continuity continuity_icons)
    # CMake's own Info.plist template, with the document type added.
    file(READ "${CMAKE_ROOT}/Modules/MacOSXBundleInfo.plist.in" _continuity_plist)
    string(REGEX REPLACE "</dict>[ \t\r\n]*</plist>[ \t\r\n]*$" [=[
	<key>CFBundleDocumentTypes</key>
	<array>
		<dict>
			<key>CFBundleTypeName</key>
			<string>Continuity design</string>
			<key>CFBundleTypeRole</key>
			<string>Editor</string>
			<key>LSHandlerRank</key>
			<string>Alternate</string>
			<key>CFBundleTypeExtensions</key>
			<array>
				<string>json</string>
			</array>
		</dict>
	</array>
	<key>NSHighResolutionCapable</key>
	<true/>
</dict>
</plist>
]=] _continuity_plist "${_continuity_plist}")
    file(WRITE "${CONTINUITY_PACKAGING_OUT}/Info.plist.in" "${_continuity_plist}")
    set_target_properties(continuity PROPERTIES
        OUTPUT_NAME "Continuity"
        MACOSX_BUNDLE_INFO_PLIST "${CONTINUITY_PACKAGING_OUT}/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME "Continuity"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${CONTINUITY_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE "continuity.icns"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "Continuity ${PROJECT_VERSION}"
        MACOSX_BUNDLE_INFO_STRING "${PROJECT_DESCRIPTION}"
        MACOSX_BUNDLE_COPYRIGHT "© 2026 Continuity contributors, MIT licence")
endif()

# --- CPack: common -------------------------------------------------------------------------------
if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR NSIS)
    elseif(APPLE)
        set(CPACK_GENERATOR DragNDrop)
    else()
        set(CPACK_GENERATOR DEB)
    endif()
endif()
set(CPACK_PACKAGE_NAME "continuity")
set(CPACK_PACKAGE_VENDOR "Continuity contributors")
set(CPACK_PACKAGE_CONTACT "Continuity contributors <maintainers@continuity.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Without this CPack would use its generic placeholder text.
set(CPACK_PACKAGE_DESCRIPTION [=[
Continuity is a desktop designer for Azure Kubernetes Service deployments that must stay up
when an availability zone or a whole region fails. Sketch a design on a canvas (regions, AKS
clusters, Front Door, Traffic Manager, Application Gateways, registries, Key Vaults, databases,
storage, backup vaults), pick a deployment model (active-active, active-passive, passive-cold or
single-region) and see at once what the design gets wrong against that model, with its cost,
recovery time, recovery point and availability.

Everything the designer computes also runs headless from the command line (validate, estimate,
drill, export, report), for CI pipelines and design reviews.]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Continuity")
set(CPACK_PACKAGE_EXECUTABLES "continuity" "Continuity")
set(CPACK_RESOURCE_FILE_LICENSE "${CONTINUITY_LICENSE_FILE}")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# --- CPack: Debian -------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the Qt libraries the binary links; what Qt loads as plugins at run time
# it cannot see. The SVG image and icon-engine plugins (libqt6svg6) draw the icons. The xcb and
# offscreen platform plugins ship in libqt6gui6, which the binary links, so they come with it;
# the Wayland one is separate and recommended (without it Qt runs through XWayland).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6svg6 (>= ${Qt6_VERSION_MAJOR}.${Qt6_VERSION_MINOR})")
# Continuity's own German and French are inside the binary; qt6-translations-l10n gives Qt's
# standard buttons and file dialogs the same language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, hicolor-icon-theme, qt6-translations-l10n")
# The desktop, MIME and icon caches are refreshed by the triggers of desktop-file-utils,
# shared-mime-info and the icon theme packages: no maintainer scripts needed.

# --- CPack: Windows (NSIS) -----------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Continuity")
set(CPACK_NSIS_DISPLAY_NAME "Continuity ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CONTINUITY_ICON_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${CONTINUITY_ICON_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\continuity.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin\ on PATH, for the command line.
set(CPACK_NSIS_MODIFY_PATH ON)
# Windows keys file types on the last extension alone, so `.continuity.json` cannot have a type
# of its own: Continuity offers itself in "Open with" for .json instead of taking JSON over.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\Continuity.Design" "" "Continuity design"
  WriteRegStr SHCTX "Software\Classes\Continuity.Design\DefaultIcon" "" \
    "$INSTDIR\bin\continuity.exe,0"
  WriteRegStr SHCTX "Software\Classes\Continuity.Design\shell\open\command" "" \
    '"$INSTDIR\bin\continuity.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.json\OpenWithProgids" "Continuity.Design" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue SHCTX "Software\Classes\.json\OpenWithProgids" "Continuity.Design"
  DeleteRegKey SHCTX "Software\Classes\Continuity.Design"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# --- CPack: macOS (a disk image holding Continuity.app) ------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Continuity ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDBZ)

# --- CPack: source archive -----------------------------------------------------------------------
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "continuity-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/\\.cache/" "\\.swp$" "~$")

include(CPack)
