"""Language package for en: its data files (pack, countries, institutions, titles, places) live beside this file."""
