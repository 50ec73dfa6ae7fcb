# Jalon: the two everyday commands wrap the CMake presets.
#   make run   installs what is missing, builds, creates the demo database on first run, opens Jalon.
#   make test  installs what is missing, builds and runs the whole CTest suite.
PRESET       ?= release
BUILD        := build/$(PRESET)
# The number in the demo file's name changes when the demo gains content (2: diagnostics), so
# that an older demo file is left aside and a new one made.
DEMO_DB      ?= build/demo/jalon-demo-4.sqlite
DEMO_PERSONS ?= 5000
JALON_ARGS   ?=

.PHONY: all deps configure build run demo test asan-test format format-check translations bench clean

all: build

deps:
	@packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

demo: build
	@if [ ! -f "$(DEMO_DB)" ]; then \
	  mkdir -p "$(dir $(DEMO_DB))"; \
	  echo "Creating the demo database $(DEMO_DB) ($(DEMO_PERSONS) fictional people)"; \
	  $(BUILD)/app/cli/jalon-cli --db "$(DEMO_DB)" demo --persons $(DEMO_PERSONS) --seed 1; \
	fi

run: demo
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No graphical display here: Jalon runs inside a virtual X server (xvfb-run)."; \
	  xvfb-run -a -s "-screen 0 1280x800x24" $(BUILD)/app/gui/jalon --db "$(DEMO_DB)" $(JALON_ARGS); \
	else \
	  $(BUILD)/app/gui/jalon --db "$(DEMO_DB)" $(JALON_ARGS); \
	fi

test: build
	@ctest --preset $(PRESET)

asan-test: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan
	@ctest --preset asan

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

translations: configure
	@cmake --build --preset $(PRESET) --target update_translations

bench: build
	@$(BUILD)/tests/bench/jalon-bench

clean:
	@rm -rf build
