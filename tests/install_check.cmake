# The install test (tests/CMakeLists.txt): installs the build into a fresh prefix, checks that every
# file is where a desktop looks for it, and runs the desktop's validators on them.
#   cmake -DBUILD_DIR=... -DPREFIX=... -DDESKTOP_FILE_VALIDATE=... -DAPPSTREAMCLI=...
#         -DUPDATE_MIME_DATABASE=... -P install_check.cmake
foreach(tool DESKTOP_FILE_VALIDATE APPSTREAMCLI UPDATE_MIME_DATABASE)
    if(NOT ${tool} OR NOT EXISTS "${${tool}}")
        message(FATAL_ERROR "install test: ${tool} was not found when configuring; install desktop-file-utils, "
            "appstream and shared-mime-info (the build root has them)")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(app org.entente.Entente)
set(expected
    bin/entente
    share/applications/${app}.desktop
    share/metainfo/${app}.metainfo.xml
    share/mime/packages/${app}.xml
    share/icons/hicolor/scalable/apps/${app}.svg
    share/icons/hicolor/scalable/mimetypes/application-x-entente.svg
    share/entente/translations/entente_de.qm
    share/entente/translations/entente_zh_CN.qm
    share/doc/entente/manual.md)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${app}.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()

# Each PNG is the size its folder says (IHDR width and height, big-endian, at bytes 16..23).
foreach(size 16 22 24 32 48 64 128 256 512)
    file(READ "${PREFIX}/share/icons/hicolor/${size}x${size}/apps/${app}.png" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 16 dimensions)
    math(EXPR want "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(REPLACE "0x" "" want "${want}")
    string(LENGTH "${want}" length)
    math(EXPR padding "8 - ${length}")
    string(REPEAT "0" ${padding} zeros)
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT dimensions STREQUAL "${zeros}${want}${zeros}${want}")
        message(FATAL_ERROR "${size}x${size}/${app}.png is not a ${size}×${size} PNG (${header})")
    endif()
endforeach()

function(check name)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${name} failed (${result}):\n${output}")
    endif()
    message(STATUS "${name}: ok ${output}")
endfunction()
check(desktop-file-validate "${DESKTOP_FILE_VALIDATE}" "${PREFIX}/share/applications/${app}.desktop")
check("appstreamcli validate" "${APPSTREAMCLI}" validate --no-net "${PREFIX}/share/metainfo/${app}.metainfo.xml")
# The MIME type is read by the desktop's own tool, and *.entente files get it.
check(update-mime-database "${UPDATE_MIME_DATABASE}" "${PREFIX}/share/mime")
file(READ "${PREFIX}/share/mime/globs2" globs)
if(NOT globs MATCHES "application/x-entente:\\*\\.entente")
    message(FATAL_ERROR "update-mime-database did not register *.entente as application/x-entente:\n${globs}")
endif()
# The launcher names the icon and the type that were installed.
file(READ "${PREFIX}/share/applications/${app}.desktop" desktop)
if(NOT desktop MATCHES "\nIcon=${app}\n" OR NOT desktop MATCHES "MimeType=application/x-entente;")
    message(FATAL_ERROR "the desktop file does not name the installed icon and type")
endif()
