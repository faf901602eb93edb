/**
 * Tests of core's Stash client against the fake Stash. They live in the provider's test tree, beside
 * the fake they need (the fake Stash is a Javalin server that validates every query against Stash's
 * real schema, and belongs with the provider's other test servers); the package is core's, so they
 * reach the client's package-private parts as before. Core's own test tree holds its pure tests.
 */
package dev.stash2plex.core.stash;
