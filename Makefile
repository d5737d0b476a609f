# DTrace for Linux on eBPF.  See README.md.
#
#   make          build build/dtrace
#   make demo     install missing packages, build, run a short real trace
#   make check    install missing packages, build, run every test
#   make bench    run the benchmarks under bench/

CC      ?= gcc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare \
           -Wno-missing-field-initializers -Isrc -MMD -MP
LDLIBS  := -lbpf -lelf -lz

B       := build
SRCS    := $(sort $(wildcard src/*/*.c))
OBJS    := $(SRCS:%.c=$(B)/%.o)
UNITSRC := $(sort $(wildcard tests/unit/test_*.c))
UNITS   := $(UNITSRC:tests/unit/%.c=$(B)/tests/unit/%)
PROGSRC := $(sort $(wildcard tests/progs/*.c))
PROGS   := $(PROGSRC:tests/progs/%.c=$(B)/tests/progs/%)

all: $(B)/dtrace

$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

# the system call table of the syscall provider, from <asm/unistd.h>
$(B)/gen/dt_syscalls.h: scripts/gen-syscalls
	@mkdir -p $(dir $@)
	./scripts/gen-syscalls "$(CC)" > $@.tmp && mv $@.tmp $@
$(B)/src/prov/dt_prov_syscall.o: $(B)/gen/dt_syscalls.h
$(B)/src/prov/dt_prov_syscall.o: CFLAGS += -I$(B)/gen

$(B)/libdtrace.a: $(OBJS)
	@rm -f $@
	ar rcs $@ $^

$(B)/dtrace: $(B)/cmd/dtrace.o $(B)/libdtrace.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(B)/tests/unit/%: tests/unit/%.c $(B)/libdtrace.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

# workloads of the live tests: no optimisation, frame pointers, symbols
$(B)/tests/progs/%: tests/progs/%.c
	@mkdir -p $(dir $@)
	$(CC) -O0 -g -fno-omit-frame-pointer -fno-inline -o $@ $< -lpthread

$(B)/tests/%: tests/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -O0 -fno-inline -o $@ $< -lpthread

units: $(UNITS) $(PROGS)

deps:
	@./scripts/install-deps

demo: deps
	@$(MAKE) --no-print-directory all
	@./scripts/demo

check: deps
	@$(MAKE) --no-print-directory all units
	@./tests/run

bench: deps
	@$(MAKE) --no-print-directory all
	@./bench/startup

clean:
	rm -rf $(B)

format:
	clang-format -i $(SRCS) cmd/*.c $(wildcard src/*/*.h)

.PHONY: all units deps demo check bench clean format
-include $(OBJS:.o=.d) $(B)/cmd/dtrace.d
