// Never run: this project exists to be published (see the project file).
return 0;
