// Replaced as soon as ui/ has real sources.
