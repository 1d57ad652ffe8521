using './main.bicep'
param a = 'x'
param b = readEnvironmentVariable('X', 'd')
