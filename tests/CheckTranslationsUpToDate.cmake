# cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<source tree> -DWORK_DIR=<scratch folder>
#       [-DLUPDATE_PROJECT=<build>/translations/.lupdate/jalon-translations_project.cmake]
#       -P CheckTranslationsUpToDate.cmake
# Runs lupdate over the sources into a copy of translations/jalon_fr.ts and fails if that copy has a message
# not yet translated: a string added or changed in the code, or not translated in the catalogue.
# lupdate must get the same inputs as the update_translations target, or it files some strings under other
# contexts: with LUPDATE_PROJECT (written by qt_add_lupdate in translations/CMakeLists.txt) it takes that
# target's file list and include paths; without it, the files of core, ui, app and forms (explicit files, not
# folders: lupdate given folders also searches them for headers).
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckTranslationsUpToDate.cmake: -D${var}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(ts "${WORK_DIR}/jalon_fr.ts")
file(COPY_FILE "${SOURCE_DIR}/translations/jalon_fr.ts" "${ts}")

set(include_options "")
if(DEFINED LUPDATE_PROJECT AND EXISTS "${LUPDATE_PROJECT}")
  include("${LUPDATE_PROJECT}") # sets lupdate_sources and lupdate_include_paths
  set(sources ${lupdate_sources})
  foreach(path IN LISTS lupdate_include_paths)
    list(APPEND include_options "-I${path}")
  endforeach()
else()
  file(GLOB_RECURSE sources
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/forms/*.ui")
endif()
list(JOIN sources "\n" listing)
file(WRITE "${WORK_DIR}/sources.lst" "${listing}\n")

execute_process(
  COMMAND "${LUPDATE}" -no-obsolete -locations none ${include_options} "@${WORK_DIR}/sources.lst" -ts "${ts}"
  RESULT_VARIABLE status
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()
string(REGEX MATCH "Found [0-9]+ source text\\(s\\) \\([0-9]+ new and [0-9]+ already existing\\)" found "${output}")
message(STATUS "lupdate: ${found}")

file(READ "${ts}" catalogue)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" unfinished "${catalogue}")
list(LENGTH unfinished count)
if(count GREATER 0)
  set(report "")
  foreach(entry IN LISTS unfinished)
    string(REGEX REPLACE "^<source>([^<]*)</source>.*$" "\\1" text "${entry}")
    string(APPEND report "  ${text}\n")
  endforeach()
  message(FATAL_ERROR "${count} message(s) of the sources are not translated in translations/jalon_fr.ts:\n"
    "${report}Run `cmake --build <build folder> --target update_translations`, translate them, and remove "
    "type=\"unfinished\".")
endif()
message(STATUS "translations/jalon_fr.ts is up to date: no untranslated message.")
