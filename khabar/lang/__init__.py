"""Language data and rules. khabar is Arabic-first: see :mod:`khabar.lang.ar`."""
