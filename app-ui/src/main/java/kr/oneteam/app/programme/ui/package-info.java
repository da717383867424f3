/**
 * The programmes screen (지원사업): capacity per programme and the ruleset in force; ANALYST and ADMIN add
 * and describe programmes (ProgrammeForm), ADMIN changes capacities (CapacityForm).
 */
package kr.oneteam.app.programme.ui;
