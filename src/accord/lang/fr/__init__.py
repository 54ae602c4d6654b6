"""Language package for fr: its data files (pack, countries, institutions, titles, places) live beside this file."""
