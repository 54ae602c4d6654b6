"""Language package for ar: its data files (pack, countries, institutions, titles, places) live beside this file."""
