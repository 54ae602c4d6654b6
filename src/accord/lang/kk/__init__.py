"""Language package for kk: its data files (pack, countries, institutions, titles, places) live beside this file."""
