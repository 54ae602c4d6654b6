"""The web interface and HTTP API of accord (`accord serve`): pages in five languages and a JSON API,
on the same store and query layer as the command line."""
