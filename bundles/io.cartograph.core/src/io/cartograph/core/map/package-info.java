/**
 * The system map without a screen: systems as nodes, the flows between them (interfaces from
 * sender to receiver) as weighted edges, laid out in layers from left to right with crossings
 * kept low, and written as SVG. The workbench's map view draws the same layout.
 */
package io.cartograph.core.map;
