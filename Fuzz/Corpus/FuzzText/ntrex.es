La policía arresta a un hombre de 32 años como sospechoso de asesinato después de que una mujer fuese apuñalada hasta la muerte
Se ha abierto una investigación por asesinato después de que se encontrase el cuerpo de una mujer en Birkenhead, en Merseyside, esta mañana.
La mujer de 44 años fue encontrada a las 7:55 con puñaladas en Grayson Mews, en John Street, lo cual supuso el arresto de un hombre de 32 años como sospechoso de asesinato.
La policía ha instado a las personas de la zona que hayan visto u oído algo a que acudan a la policía.
El inspector Brian O'Hagan comentó: “La investigación se encuentra en las fases iniciales, pero animaría a cualquiera que estuviese estado cerca de Jonh Street, en Birkenhead, y que haya visto u oído algo sospechoso a que contactase con nosotros.
Además, recomendaría a cualquier persona, especialmente a los taxistas, que haya podido captar algo en dashcam que contactase con nosotros, ya que pueden tener información vital para nuestra investigación”.
Un portavoz de la Policía ha confirmado que la mujer cuyo cuerpo se ha encontrado es de Birkenhead y que se halló en el interior de una propiedad.
Esta tarde algunas personas que creen conocer a la mujer llegaron a la escena del crimen para saber dónde la habían encontrado esta mañana.
