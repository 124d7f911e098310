#!/usr/bin/env bash
# Installs the Debian packages the benchmarks and their peers need (Xapian, the PostgreSQL
# server and libpq; the fastText command line and scikit-learn; wrk and nginx for the web
# benchmark), if any are missing, with the product's own. The product itself never needs them;
# `make bench` runs this.
exec "$(dirname "$0")/install-deps.sh" libxapian-dev postgresql libpq-dev fasttext python3-sklearn \
  wrk nginx-light
