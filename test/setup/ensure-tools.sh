#!/usr/bin/env bash
# The browser and LaTeX tests need Debian's Chromium and pdflatex. Install them when missing,
# so that `npm test` is the whole set-up on a fresh machine; never skip those tests silently.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdflatex >/dev/null 2>&1 || need+=(texlive-latex-base texlive-latex-recommended)
# The figure tests read the text of the PDFs with poppler's pdftotext.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "test set-up: missing ${need[*]}; install them (Debian: apt-get install ${need[*]}) and run npm test again" >&2
  exit 1
fi
echo "test set-up: installing ${need[*]} from Debian's packages" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
