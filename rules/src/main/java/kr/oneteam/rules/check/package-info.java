/** {@code rules check}: checks a directory of DRL and scenario files from the command line, without starting the app. */
package kr.oneteam.rules.check;
