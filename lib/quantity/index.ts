/**
 * Quantities with typed units: `Cpu` and `Memory` value objects, and the exact reader of
 * Kubernetes quantity strings the validation rules compare with.
 */
export { Cpu } from './cpu';
export { Memory } from './memory';
export {
  checkQuantitySyntax,
  compareQuantities,
  isMultipleOfQuantity,
  isNegativeQuantity,
  isWholeQuantity,
  isZeroQuantity,
  parseQuantity,
  quantityFromJson,
  quantityInUnits,
  readQuantity,
  type ParsedQuantity,
  type QuantityAdjustment,
  type QuantityFormat,
  type QuantityReading,
} from './parse';
